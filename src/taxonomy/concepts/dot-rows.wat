(module
  ;; Source of src/taxonomy/concepts/dot-rows-wasm.ts (npm run build:wasm). SIMD, as Node 20 runs it everywhere.
  (memory (export "memory") 1)
  ;; scores(q, rows, n, dim, out): out[r] = dot(q, rows[r]) in f64, summed as four strided partial sums
  ;; (j mod 4) then ((s0 + s1) + s2) + s3, the order of the JavaScript kernel. dim must be a multiple of 4.
  (func (export "scores") (param $q i32) (param $rows i32) (param $n i32) (param $dim i32) (param $out i32)
    (local $r i32) (local $j i32) (local $p i32) (local $a v128) (local $b v128) (local $qv v128) (local $rv v128) (local $bytes i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $p (local.get $rows))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $a (v128.const f64x2 0 0))
        (local.set $b (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $rowdone
          (loop $col
            (br_if $rowdone (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qv (v128.load (i32.add (local.get $q) (local.get $j))))
            (local.set $rv (v128.load (i32.add (local.get $p) (local.get $j))))
            (local.set $a (f64x2.add (local.get $a)
              (f64x2.mul (f64x2.promote_low_f32x4 (local.get $qv)) (f64x2.promote_low_f32x4 (local.get $rv)))))
            (local.set $b (f64x2.add (local.get $b)
              (f64x2.mul
                (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $qv) (local.get $qv)))
                (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $rv) (local.get $rv))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (f64.store
          (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 3)))
          (f64.add
            (f64.add
              (f64.add (f64x2.extract_lane 0 (local.get $a)) (f64x2.extract_lane 1 (local.get $a)))
              (f64x2.extract_lane 0 (local.get $b)))
            (f64x2.extract_lane 1 (local.get $b))))
        (local.set $p (i32.add (local.get $p) (local.get $bytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row)))))

(module
  ;; Source of src/taxonomy/concepts/dot-rows-wasm.ts (npm run build:wasm). SIMD, as Node 20 runs it everywhere.
  (memory (export "memory") 1)
  ;; scores(q, rows, n, dim, out): out[r] = dot(q, rows[r]) in f64, summed as four strided partial sums
  ;; (j mod 4) then ((s0 + s1) + s2) + s3, the order of the JavaScript kernel. dim must be a multiple of 4.
  ;; q holds the query already promoted to f64; rows are f32. Four rows go at once, sharing the query's loads and
  ;; keeping eight independent sums in flight (one row at a time waits on each add); the rest go one by one.
  (func (export "scores") (param $q i32) (param $rows i32) (param $n i32) (param $dim i32) (param $out i32)
    (local $r i32) (local $j i32) (local $p i32) (local $bytes i32) (local $qa v128) (local $qb v128)
    (local $a0 v128) (local $b0 v128) (local $a1 v128) (local $b1 v128)
    (local $a2 v128) (local $b2 v128) (local $a3 v128) (local $b3 v128) (local $pj i32) (local $qj i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $p (local.get $rows))
    (block $done4
      (loop $rows4
        (br_if $done4 (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $a0 (v128.const f64x2 0 0)) (local.set $b0 (v128.const f64x2 0 0))
        (local.set $a1 (v128.const f64x2 0 0)) (local.set $b1 (v128.const f64x2 0 0))
        (local.set $a2 (v128.const f64x2 0 0)) (local.set $b2 (v128.const f64x2 0 0))
        (local.set $a3 (v128.const f64x2 0 0)) (local.set $b3 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $cdone
          (loop $col
            (br_if $cdone (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qj (i32.add (local.get $q) (i32.shl (local.get $j) (i32.const 1))))
            (local.set $qa (v128.load (local.get $qj)))
            (local.set $qb (v128.load offset=16 (local.get $qj)))
            (local.set $pj (i32.add (local.get $p) (local.get $j)))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $qa) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $pj))))))
            (local.set $b0 (f64x2.add (local.get $b0) (f64x2.mul (local.get $qb) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $pj))))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $qa) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $pj))))))
            (local.set $b1 (f64x2.add (local.get $b1) (f64x2.mul (local.get $qb) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $pj))))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $qa) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $pj))))))
            (local.set $b2 (f64x2.add (local.get $b2) (f64x2.mul (local.get $qb) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $pj))))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $qa) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $pj))))))
            (local.set $b3 (f64x2.add (local.get $b3) (f64x2.mul (local.get $qb) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $pj))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (call $store (local.get $out) (local.get $r) (local.get $a0) (local.get $b0))
        (call $store (local.get $out) (i32.add (local.get $r) (i32.const 1)) (local.get $a1) (local.get $b1))
        (call $store (local.get $out) (i32.add (local.get $r) (i32.const 2)) (local.get $a2) (local.get $b2))
        (call $store (local.get $out) (i32.add (local.get $r) (i32.const 3)) (local.get $a3) (local.get $b3))
        (local.set $p (i32.add (local.get $p) (i32.shl (local.get $bytes) (i32.const 2))))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows4)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $a0 (v128.const f64x2 0 0)) (local.set $b0 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $cdone1
          (loop $col1
            (br_if $cdone1 (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qj (i32.add (local.get $q) (i32.shl (local.get $j) (i32.const 1))))
            (local.set $pj (i32.add (local.get $p) (local.get $j)))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (v128.load (local.get $qj)) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $pj))))))
            (local.set $b0 (f64x2.add (local.get $b0) (f64x2.mul (v128.load offset=16 (local.get $qj)) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $pj))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col1)))
        (call $store (local.get $out) (local.get $r) (local.get $a0) (local.get $b0))
        (local.set $p (i32.add (local.get $p) (local.get $bytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))
  ;; out[r] = ((s0 + s1) + s2) + s3 with a = (s0, s1), b = (s2, s3): the JavaScript kernel's order.
  (func $store (param $out i32) (param $r i32) (param $a v128) (param $b v128)
    (f64.store
      (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 3)))
      (f64.add
        (f64.add
          (f64.add (f64x2.extract_lane 0 (local.get $a)) (f64x2.extract_lane 1 (local.get $a)))
          (f64x2.extract_lane 0 (local.get $b)))
        (f64x2.extract_lane 1 (local.get $b)))))
  ;; approx(q, rows, n, dim, out): out[r] = dot(q, rows[r]) in f32 (q as f32 here), a cheap first pass whose error
  ;; nearest-rows.ts bounds, so that only rows that may make the top k get the f64 score above.
  (func (export "approx") (param $q i32) (param $rows i32) (param $n i32) (param $dim i32) (param $out i32)
    (local $r i32) (local $j i32) (local $p i32) (local $bytes i32) (local $qv v128) (local $pj i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $p (local.get $rows))
    (block $done4
      (loop $rows4
        (br_if $done4 (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $a0 (v128.const f32x4 0 0 0 0)) (local.set $a1 (v128.const f32x4 0 0 0 0))
        (local.set $a2 (v128.const f32x4 0 0 0 0)) (local.set $a3 (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $cdone
          (loop $col
            (br_if $cdone (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qv (v128.load (i32.add (local.get $q) (local.get $j))))
            (local.set $pj (i32.add (local.get $p) (local.get $j)))
            (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $qv) (v128.load (local.get $pj)))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $qv) (v128.load (local.get $pj)))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $qv) (v128.load (local.get $pj)))))
            (local.set $pj (i32.add (local.get $pj) (local.get $bytes)))
            (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $qv) (v128.load (local.get $pj)))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (call $store32 (local.get $out) (local.get $r) (local.get $a0))
        (call $store32 (local.get $out) (i32.add (local.get $r) (i32.const 1)) (local.get $a1))
        (call $store32 (local.get $out) (i32.add (local.get $r) (i32.const 2)) (local.get $a2))
        (call $store32 (local.get $out) (i32.add (local.get $r) (i32.const 3)) (local.get $a3))
        (local.set $p (i32.add (local.get $p) (i32.shl (local.get $bytes) (i32.const 2))))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows4)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $a0 (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $cdone1
          (loop $col1
            (br_if $cdone1 (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $a0 (f32x4.add (local.get $a0)
              (f32x4.mul (v128.load (i32.add (local.get $q) (local.get $j))) (v128.load (i32.add (local.get $p) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col1)))
        (call $store32 (local.get $out) (local.get $r) (local.get $a0))
        (local.set $p (i32.add (local.get $p) (local.get $bytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))
  (func $store32 (param $out i32) (param $r i32) (param $a v128)
    (f32.store
      (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2)))
      (f32.add
        (f32.add (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
        (f32.add (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a)))))))

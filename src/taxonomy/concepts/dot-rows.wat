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
        (f32.add (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a))))))
  ;; approx4(q, rows, n, dim, out): approx for four queries at once (q holds them one after another, dim f32 each;
  ;; out holds four runs of n f32), each row's loads shared by the four, two rows at a time. Every query's sum runs in
  ;; the order of approx, so the values are the same bits.
  (func (export "approx4") (param $q i32) (param $rows i32) (param $n i32) (param $dim i32) (param $out i32)
    (local $r i32) (local $j i32) (local $p i32) (local $bytes i32) (local $outN i32)
    (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128) (local $x v128) (local $y v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128) (local $qj i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $outN (i32.shl (local.get $n) (i32.const 2)))
    (local.set $p (local.get $rows))
    (block $done2
      (loop $rows2
        (br_if $done2 (i32.gt_u (i32.add (local.get $r) (i32.const 2)) (local.get $n)))
        (local.set $a0 (v128.const f32x4 0 0 0 0)) (local.set $a1 (v128.const f32x4 0 0 0 0))
        (local.set $a2 (v128.const f32x4 0 0 0 0)) (local.set $a3 (v128.const f32x4 0 0 0 0))
        (local.set $b0 (v128.const f32x4 0 0 0 0)) (local.set $b1 (v128.const f32x4 0 0 0 0))
        (local.set $b2 (v128.const f32x4 0 0 0 0)) (local.set $b3 (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $cdone
          (loop $col
            (br_if $cdone (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qj (i32.add (local.get $q) (local.get $j)))
            (local.set $q0 (v128.load (local.get $qj)))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $q1 (v128.load (local.get $qj)))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $q2 (v128.load (local.get $qj)))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $q3 (v128.load (local.get $qj)))
            (local.set $x (v128.load (i32.add (local.get $p) (local.get $j))))
            (local.set $y (v128.load (i32.add (i32.add (local.get $p) (local.get $bytes)) (local.get $j))))
            (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $q0) (local.get $x))))
            (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $q1) (local.get $x))))
            (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $q2) (local.get $x))))
            (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $q3) (local.get $x))))
            (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $q0) (local.get $y))))
            (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $q1) (local.get $y))))
            (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $q2) (local.get $y))))
            (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $q3) (local.get $y))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (call $store4 (local.get $out) (local.get $outN) (local.get $r)
          (local.get $a0) (local.get $a1) (local.get $a2) (local.get $a3))
        (call $store4 (local.get $out) (local.get $outN) (i32.add (local.get $r) (i32.const 1))
          (local.get $b0) (local.get $b1) (local.get $b2) (local.get $b3))
        (local.set $p (i32.add (local.get $p) (i32.shl (local.get $bytes) (i32.const 1))))
        (local.set $r (i32.add (local.get $r) (i32.const 2)))
        (br $rows2)))
    ;; The last row, when n is odd.
    (if (i32.lt_u (local.get $r) (local.get $n))
      (then
        (local.set $a0 (v128.const f32x4 0 0 0 0)) (local.set $a1 (v128.const f32x4 0 0 0 0))
        (local.set $a2 (v128.const f32x4 0 0 0 0)) (local.set $a3 (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $cdone1
          (loop $col1
            (br_if $cdone1 (i32.ge_u (local.get $j) (local.get $bytes)))
            (local.set $qj (i32.add (local.get $q) (local.get $j)))
            (local.set $x (v128.load (i32.add (local.get $p) (local.get $j))))
            (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (v128.load (local.get $qj)) (local.get $x))))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (v128.load (local.get $qj)) (local.get $x))))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (v128.load (local.get $qj)) (local.get $x))))
            (local.set $qj (i32.add (local.get $qj) (local.get $bytes)))
            (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (v128.load (local.get $qj)) (local.get $x))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col1)))
        (call $store4 (local.get $out) (local.get $outN) (local.get $r)
          (local.get $a0) (local.get $a1) (local.get $a2) (local.get $a3)))))

  ;; out[r], out[n + r], out[2n + r], out[3n + r] (f32, outN = 4n bytes apart) = each of a, b, c, d's lanes summed
  ;; (l0 + l1) + (l2 + l3), as $store32 does, the four at once (lanes regrouped so one add serves all four).
  (func $store4 (param $out i32) (param $outN i32) (param $r i32) (param $a v128) (param $b v128) (param $c v128)
    (param $d v128)
    (local $ab01 v128) (local $ab23 v128) (local $cd01 v128) (local $cd23 v128) (local $s v128) (local $at i32)
    (local.set $ab01 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b)))
    (local.set $ab23 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b)))
    (local.set $cd01 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $c) (local.get $d)))
    (local.set $cd23 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $c) (local.get $d)))
    ;; Lane i of the sum is query i's (l0 + l1) + (l2 + l3).
    (local.set $s
      (f32x4.add
        (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $ab01) (local.get $cd01))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $ab01) (local.get $cd01)))
        (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $ab23) (local.get $cd23))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $ab23) (local.get $cd23)))))
    (local.set $at (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2))))
    (f32.store (local.get $at) (f32x4.extract_lane 0 (local.get $s)))
    (local.set $at (i32.add (local.get $at) (local.get $outN)))
    (f32.store (local.get $at) (f32x4.extract_lane 1 (local.get $s)))
    (local.set $at (i32.add (local.get $at) (local.get $outN)))
    (f32.store (local.get $at) (f32x4.extract_lane 2 (local.get $s)))
    (local.set $at (i32.add (local.get $at) (local.get $outN)))
    (f32.store (local.get $at) (f32x4.extract_lane 3 (local.get $s))))
  ;; candidates(approx, norms, n, scale, tiny, k, low, mask, masked, cand, his) -> count: the rows (ascending, i32 at
  ;; cand) whose score may make the top k of one query. A row's exact score lies within scale * norm + tiny of its
  ;; approximate one (approx f32, norms f64): its bounds lo and hi. low holds the k best lower bounds seen (f64, best
  ;; first); the k-th is the floor no score of the top k lies under. As it only rises, a row whose hi is under it at
  ;; its turn is out, and the few others (their hi kept at his) are checked against the final floor: the rows a
  ;; second full pass would keep. With masked, only rows whose mask byte is 1 count. k must be 1 to n.
  (func (export "candidates") (param $approx i32) (param $norms i32) (param $n i32) (param $scale f64)
    (param $tiny f64) (param $k i32) (param $low i32) (param $mask i32) (param $masked i32) (param $cand i32)
    (param $his i32) (result i32)
    (local $r i32) (local $p i32) (local $lo f64) (local $hi f64) (local $a f64) (local $s f64) (local $w f64)
    (local $last i32) (local $floor f64) (local $seen i32) (local $i i32) (local $count i32) (local $at i32)
    (local $scales v128) (local $tinies v128) (local $floors v128)
    (local.set $last (i32.add (local.get $low) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 3))))
    (local.set $p (local.get $low))
    (block $filled
      (loop $fill
        (br_if $filled (i32.gt_u (local.get $p) (local.get $last)))
        (f64.store (local.get $p) (f64.const -inf))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $fill)))
    (local.set $scales (f64x2.splat (local.get $scale)))
    (local.set $tinies (f64x2.splat (local.get $tiny)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        ;; Four rows at a time (from a multiple of 4) are passed over at once where all four hi lie under the floor,
        ;; as nearly all do: the same sums as below, two rows per f64x2.
        (block $one
          (br_if $one (i32.and (local.get $r) (i32.const 3)))
          (br_if $one (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
          (local.set $floors (f64x2.splat (f64.load (local.get $last))))
          (local.set $at (i32.add (local.get $approx) (i32.shl (local.get $r) (i32.const 2))))
          (local.set $p (i32.add (local.get $norms) (i32.shl (local.get $r) (i32.const 3))))
          (br_if $one (i32.eqz (i64x2.all_true (f64x2.lt
            (f64x2.add
              (f64x2.add (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $at)))
                (f64x2.mul (local.get $scales) (v128.load (local.get $p))))
              (local.get $tinies))
            (local.get $floors)))))
          (br_if $one (i32.eqz (i64x2.all_true (f64x2.lt
            (f64x2.add
              (f64x2.add (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $at)))
                (f64x2.mul (local.get $scales) (v128.load offset=16 (local.get $p))))
              (local.get $tinies))
            (local.get $floors)))))
          (local.set $r (i32.add (local.get $r) (i32.const 4)))
          (br $row))
        (block $next
          (local.set $a (f64.promote_f32 (f32.load (i32.add (local.get $approx) (i32.shl (local.get $r) (i32.const 2))))))
          (local.set $s (f64.mul (local.get $scale) (f64.load (i32.add (local.get $norms) (i32.shl (local.get $r) (i32.const 3))))))
          (local.set $hi (f64.add (f64.add (local.get $a) (local.get $s)) (local.get $tiny)))
          (br_if $next (f64.lt (local.get $hi) (f64.load (local.get $last))))
          (br_if $next (i32.and (local.get $masked)
            (i32.ne (i32.load8_u (i32.add (local.get $mask) (local.get $r))) (i32.const 1))))
          (i32.store (i32.add (local.get $cand) (i32.shl (local.get $seen) (i32.const 2))) (local.get $r))
          (f64.store (i32.add (local.get $his) (i32.shl (local.get $seen) (i32.const 3))) (local.get $hi))
          (local.set $seen (i32.add (local.get $seen) (i32.const 1)))
          (local.set $lo (f64.sub (f64.sub (local.get $a) (local.get $s)) (local.get $tiny)))
          (br_if $next (f64.le (local.get $lo) (f64.load (local.get $last))))
          ;; Insertion into the k best lower bounds.
          (local.set $p (local.get $last))
          (block $placed
            (loop $shift
              (br_if $placed (i32.le_u (local.get $p) (local.get $low)))
              (local.set $w (f64.load (i32.sub (local.get $p) (i32.const 8))))
              (br_if $placed (i32.eqz (f64.gt (local.get $lo) (local.get $w))))
              (f64.store (local.get $p) (local.get $w))
              (local.set $p (i32.sub (local.get $p) (i32.const 8)))
              (br $shift)))
          (f64.store (local.get $p) (local.get $lo)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row)))
    (local.set $floor (f64.load (local.get $last)))
    (block $done2
      (loop $check
        (br_if $done2 (i32.ge_u (local.get $i) (local.get $seen)))
        (if (i32.eqz (f64.lt (f64.load (i32.add (local.get $his) (i32.shl (local.get $i) (i32.const 3)))) (local.get $floor)))
          (then
            (i32.store (i32.add (local.get $cand) (i32.shl (local.get $count) (i32.const 2)))
              (i32.load (i32.add (local.get $cand) (i32.shl (local.get $i) (i32.const 2)))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (local.get $count)))

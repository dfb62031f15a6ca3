;; Source of src/clean/minhash-wasm.ts (assembled with assembleWat of scripts/build-wasm.ts). SIMD, as Node 20
;; runs it everywhere.
(module
  ;; Bytes 0-511: the 128 multipliers a; 512-1023: the offsets b; 1024-1535: the signature written; from 1536: the
  ;; n shingle hashes. The JavaScript side grows the memory to fit them.
  (memory (export "memory") 1)
  ;; signature(n): for each hash function j, the minimum over the shingles x of a[j]*x + b[j] mod 2^32, unsigned:
  ;; computeSignature's arithmetic exactly. Sixteen functions per pass over the shingles (four vectors of four), so
  ;; each shingle is loaded eight times, not 128. n must be at least 1.
  (func (export "signature") (param $n i32)
    (local $i i32) (local $s i32) (local $end i32) (local $x v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
    (local.set $end (i32.add (i32.const 1536) (i32.shl (local.get $n) (i32.const 2))))
    (loop $pass
      (local.set $a0 (v128.load offset=0 (local.get $i)))
      (local.set $a1 (v128.load offset=16 (local.get $i)))
      (local.set $a2 (v128.load offset=32 (local.get $i)))
      (local.set $a3 (v128.load offset=48 (local.get $i)))
      (local.set $b0 (v128.load offset=512 (local.get $i)))
      (local.set $b1 (v128.load offset=528 (local.get $i)))
      (local.set $b2 (v128.load offset=544 (local.get $i)))
      (local.set $b3 (v128.load offset=560 (local.get $i)))
      (local.set $m0 (v128.const i32x4 -1 -1 -1 -1))
      (local.set $m1 (v128.const i32x4 -1 -1 -1 -1))
      (local.set $m2 (v128.const i32x4 -1 -1 -1 -1))
      (local.set $m3 (v128.const i32x4 -1 -1 -1 -1))
      (local.set $s (i32.const 1536))
      (loop $shingle
        (local.set $x (v128.load32_splat (local.get $s)))
        (local.set $m0 (i32x4.min_u (local.get $m0) (i32x4.add (i32x4.mul (local.get $x) (local.get $a0)) (local.get $b0))))
        (local.set $m1 (i32x4.min_u (local.get $m1) (i32x4.add (i32x4.mul (local.get $x) (local.get $a1)) (local.get $b1))))
        (local.set $m2 (i32x4.min_u (local.get $m2) (i32x4.add (i32x4.mul (local.get $x) (local.get $a2)) (local.get $b2))))
        (local.set $m3 (i32x4.min_u (local.get $m3) (i32x4.add (i32x4.mul (local.get $x) (local.get $a3)) (local.get $b3))))
        (local.set $s (i32.add (local.get $s) (i32.const 4)))
        (br_if $shingle (i32.lt_u (local.get $s) (local.get $end))))
      (v128.store offset=1024 (local.get $i) (local.get $m0))
      (v128.store offset=1040 (local.get $i) (local.get $m1))
      (v128.store offset=1056 (local.get $i) (local.get $m2))
      (v128.store offset=1072 (local.get $i) (local.get $m3))
      (local.set $i (i32.add (local.get $i) (i32.const 64)))
      (br_if $pass (i32.lt_u (local.get $i) (i32.const 512))))))

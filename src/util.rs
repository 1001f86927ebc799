//! Small pieces every layer shares and none owns: a fast hash map for short, trusted keys, and
//! union-find for merging groups found by different keys.

/// The Fx hash (Firefox, rustc): a multiply-rotate per word, several times faster than the
/// default SipHash on the short word keys the tagger looks up; keys are not attacker-chosen
/// in a way that matters here (a slow lookup, never a wrong one).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let mut tail = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(b) << (8 * i);
        }
        self.0 = (self.0.rotate_left(5) ^ tail ^ (bytes.len() as u64) << 56).wrapping_mul(K);
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// Union-find over dense indices, for merging groups found by different keys.
pub struct UnionFind(Vec<usize>);

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Joins the sets of `a` and `b`; the smaller index becomes the root (keeps first-seen order).
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// `a()` and `b()`, natively on two threads (the story's aligners are independent of one
/// another) when the machine has more than one core; in the browser one after the other.
pub fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if cores() > 1 {
        return std::thread::scope(|s| {
            let h = s.spawn(a);
            let y = b();
            // as in `par_map`: a panic goes on as it would without threads
            let x = h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            (x, y)
        });
    }
    (a(), b())
}

/// The cores the machine offers, asked once (the answer reads the cgroup files on Linux).
#[cfg(not(target_arch = "wasm32"))]
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `f` over `items`, results in order. Natively, on every core the machine offers when there
/// are at least `min_per_thread` items per thread (a story's articles, sentences and sentence
/// pairs are independent); in the browser, where wasm has no threads, one after another.
///
/// The threads take the items in small chunks from one queue as they finish the last, rather
/// than a fixed half each: articles differ in length several times over, and a thread given
/// the longer half would leave the other core idle at the end.
pub fn par_map<I, T, F>(items: Vec<I>, min_per_thread: usize, f: F) -> Vec<T>
where
    I: Send,
    T: Send,
    F: Fn(I) -> T + Sync,
{
    #[cfg(not(target_arch = "wasm32"))]
    {
        let threads = cores().min(items.len() / min_per_thread.max(1)).max(1);
        if threads > 1 {
            let n = items.len();
            // chunks small enough to even out the ends, large enough that the queue's lock
            // costs nothing beside the work
            let chunk = (n / (threads * 32)).max(1);
            let queue = std::sync::Mutex::new(items.into_iter().enumerate());
            let work = || {
                let mut done: Vec<(usize, T)> = Vec::new();
                loop {
                    let batch: Vec<(usize, I)> = match queue.lock() {
                        Ok(mut q) => q.by_ref().take(chunk).collect(),
                        Err(_) => break,
                    };
                    if batch.is_empty() {
                        break;
                    }
                    done.extend(batch.into_iter().map(|(i, x)| (i, f(x))));
                }
                done
            };
            let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(n).collect();
            std::thread::scope(|s| {
                let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
                let mine = work();
                // the work does not panic on any input (tests/props.rs); if it ever did, the
                // panic goes on as it would without threads
                let theirs = (handles.into_iter())
                    .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
                for (i, y) in mine.into_iter().chain(theirs) {
                    slots[i] = Some(y);
                }
            });
            return slots.into_iter().flatten().collect();
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = min_per_thread;
    items.into_iter().map(f).collect()
}

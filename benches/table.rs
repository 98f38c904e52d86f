//! The native benchmark table (`cargo bench --bench table`, run by `scripts/bench.sh`):
//! chars/s of analysis for real articles and for each pathological input at 1×, 10× and 100×
//! its base size, the scaling ratios (time at 10× over time at 1×; linear is ~10, the limit is
//! 12), and the peak heap memory of analysing one text (analysis + its JSON result), per MB of
//! input, counted by a global allocator. Every time is the median of several runs, in CPU time
//! of the analysing thread (benches/cpu_time: wall time on a shared machine is not linear).
//! `--quick` measures the pathological inputs at 1× and 10× only.

mod cpu_time;
mod inputs;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use cpu_time::thread_cpu_time;
use presslens::{Analyzer, OffsetUnit};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            IN_USE.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The median time of analysing `documents`: at least 5 runs and until 0.3 s have passed
/// (at most 200 runs), after one warm-up run.
fn median_time(analyzer: &Analyzer, documents: &[String]) -> Duration {
    let run = || {
        let t = thread_cpu_time();
        for d in documents {
            black_box(analyzer.analyze(black_box(d)));
        }
        thread_cpu_time().saturating_sub(t)
    };
    run();
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < 5 || (started.elapsed() < Duration::from_millis(300) && times.len() < 200) {
        times.push(run());
    }
    times.sort_unstable();
    times[times.len() / 2]
}

/// Peak heap bytes above the baseline while one document is analysed and turned into JSON,
/// per MB of that document; the largest over `documents`.
fn peak_per_mb(analyzer: &Analyzer, documents: &[String]) -> f64 {
    documents
        .iter()
        .filter(|d| !d.is_empty())
        .map(|d| {
            let base = IN_USE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let analysis = analyzer.analyze(d);
            black_box(analysis.to_json(d, OffsetUnit::Utf16));
            drop(analysis);
            (PEAK.load(Relaxed) - base) as f64 / (d.len() as f64 / 1e6)
        })
        .fold(0.0, f64::max)
}

fn rate(chars: usize, time: Duration) -> String {
    let per_second = chars as f64 / time.as_secs_f64().max(1e-12);
    if per_second >= 1e6 {
        format!("{:.1} M", per_second / 1e6)
    } else {
        format!("{:.0} k", per_second / 1e3)
    }
}

fn time(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else if ms >= 1.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.0} µs", ms * 1e3)
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let t = Instant::now();
    let analyzer = Analyzer::new();
    let _ = analyzer.analyze(inputs::ARTICLE);
    println!("Analyzer::new + first analysis (loading word lists and models): {}\n", time(t.elapsed()));

    println!("| article | documents | size | median time | chars/s | peak memory / MB of input |");
    println!("|---|--:|--:|--:|--:|--:|");
    for corpus in inputs::articles() {
        let median = median_time(&analyzer, &corpus.documents);
        println!(
            "| {} | {} | {:.1} kB | {} | {} | {:.1} MB |",
            corpus.name,
            corpus.documents.len(),
            corpus.bytes() as f64 / 1e3,
            time(median),
            rate(corpus.chars(), median),
            peak_per_mb(&analyzer, &corpus.documents) / 1e6,
        );
    }

    let scales: &[usize] = if quick { &[1, 10] } else { &[1, 10, 100] };
    println!();
    print!("| input (1× = {} kB) |", inputs::BASE_BYTES / 1000);
    for s in scales {
        print!(" {s}× |");
    }
    println!(" chars/s at {}× | 10×/1× | {}peak memory / MB |", scales[scales.len() - 1], if quick { "" } else { "100×/10× | " });
    println!("|---|{}--:|--:|--:|{}", "--:|".repeat(scales.len()), if quick { "" } else { "--:|" });
    let mut worst: (f64, &str) = (0.0, "");
    for (name, make) in inputs::PATHOLOGICAL {
        let texts: Vec<String> = scales.iter().map(|&s| make(s)).collect();
        let times: Vec<Duration> = texts.iter().map(|t| median_time(&analyzer, std::slice::from_ref(t))).collect();
        let ratio = |k: usize| times[k].as_secs_f64() / times[k - 1].as_secs_f64().max(1e-12);
        print!("| {name} |");
        for t in &times {
            print!(" {} |", time(*t));
        }
        let last = texts.len() - 1;
        print!(" {} |", rate(texts[last].chars().count(), times[last]));
        for k in 1..scales.len() {
            let r = ratio(k);
            print!(" {r:.1}{} |", if r > 12.0 { " **over 12**" } else { "" });
            if r > worst.0 {
                worst = (r, name);
            }
        }
        println!(" {:.1} MB |", peak_per_mb(&analyzer, &texts[last..]) / 1e6);
    }
    println!(
        "\nscaling: the largest ratio is {:.1} ({}); linear time gives about 10, the limit is 12: {}",
        worst.0,
        worst.1,
        if worst.0 <= 12.0 { "ok" } else { "OVER THE LIMIT" }
    );
}

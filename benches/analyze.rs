//! Criterion benchmarks of native analysis (`cargo bench --bench analyze`), throughput in bytes:
//! real articles (the golden one; the shared samples and dev sets when present), and each
//! pathological input at 1×, 10× and 100× its base size, so that anything worse than linear
//! shows as falling throughput. Times are CPU time of the benchmark thread (benches/cpu_time). `scripts/bench.sh` prints the summary table instead.

mod cpu_time;
mod inputs;

use std::hint::black_box;
use std::time::Duration;

use cpu_time::CpuTime;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use presslens::Analyzer;

fn articles(c: &mut Criterion<CpuTime>) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("articles");
    for corpus in inputs::articles() {
        group.throughput(Throughput::Bytes(corpus.bytes() as u64));
        group.bench_function(&corpus.name, |b| {
            b.iter(|| {
                for document in &corpus.documents {
                    black_box(analyzer.analyze(black_box(document)));
                }
            })
        });
    }
    group.finish();
}

fn pathological(c: &mut Criterion<CpuTime>) {
    let analyzer = Analyzer::new();
    for (name, make) in inputs::PATHOLOGICAL {
        let mut group = c.benchmark_group(format!("pathological/{name}"));
        for scale in [1, 10, 100] {
            let text = make(scale);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(format!("{scale}x")), &text, |b, text| {
                b.iter(|| black_box(analyzer.analyze(black_box(text))))
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // CPU time (see cpu_time.rs); few, short samples: 40-odd benchmarks must fit in a few
    // minutes on a shared machine.
    config = Criterion::default().with_measurement(CpuTime).sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = articles, pathological
}
criterion_main!(benches);

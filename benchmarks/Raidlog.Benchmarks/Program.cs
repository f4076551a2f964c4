using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Raidlog.Benchmarks.Generation;

// `generate FOLDER COUNT [SEED]` writes real-shaped reports for benchmarks/throughput.sh;
// `seed-store DB COUNT [SEED]` fills a store for benchmarks/api-load.sh;
// `ingest-store DB COUNT [SEED]` measures store + merge alone (benchmarks/ingest.sh);
// `memory-probe PATH [EVERY]` prints where the extract path's memory goes;
// `gazetteer-load [RUNS]` times loading the gazetteer and resolving names in a fresh process;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
if (args.Length > 0 && args[0] == "generate") return ReportGenerator.Run(args[1..]);
if (args.Length > 0 && args[0] == "ingest-store") return MergeLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "seed-store") return StoreSeeder.Run(args[1..]);
if (args.Length > 0 && args[0] == "memory-probe") return MemoryProbe.Run(args[1..]);
if (args.Length > 0 && args[0] == "gazetteer-load") return GazetteerLoad.Run(args[1..]);

// In-process: BenchmarkDotNet's generated project would sit under this repository and inherit its central
// package management, which breaks its build.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ReportGenerator).Assembly).Run(args, config);
return 0;

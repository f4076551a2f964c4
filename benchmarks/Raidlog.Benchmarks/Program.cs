using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Raidlog.Benchmarks.Generation;

// `generate FOLDER COUNT [SEED]` writes real-shaped reports for benchmarks/throughput.sh;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
if (args.Length > 0 && args[0] == "generate") return ReportGenerator.Run(args[1..]);

// In-process: BenchmarkDotNet's generated project would sit under this repository and inherit its central
// package management, which breaks its build.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ReportGenerator).Assembly).Run(args, config);
return 0;

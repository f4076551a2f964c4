using BenchmarkDotNet.Running;

if (args is ["gazetteer-load", .. var rest]) return GazetteerLoad.Run(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

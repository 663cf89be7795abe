using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/GreenAI.Extensions.AI.Benchmarks            (BenchmarkDotNet's default job)
// dotnet run -c Release --project tests/GreenAI.Extensions.AI.Benchmarks -- --job short
BenchmarkSwitcher.FromAssembly(typeof(GreenAI.Extensions.AI.Benchmarks.MiddlewareBenchmarks).Assembly).Run(args);

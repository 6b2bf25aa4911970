using Evorec.Benchmarks;

// Usage: dotnet run -c Release --project tests/Evorec.Benchmarks [seconds per measurement]
double seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3.0;
BpttThroughput.Run([20, 100], seconds);

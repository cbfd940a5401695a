using Corroborate.Bench;

return args.Length == 0 ? Usage() : args[0] switch
{
    "extraction" => ExtractionBenchmark.Run(args[1..]),
    "cleaning" => CleaningBenchmark.Run(args[1..]),
    "copies" => CopyBenchmark.Run(args[1..]),
    "clustering" => ClusteringBenchmark.Run(args[1..]),
    "web" => WebBenchmark.Run(args[1..]),
    "quotes" => QuotesBenchmark.Run(args[1..]),
    "figures" => FiguresBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Corroborate.Bench <extraction|cleaning|copies|clustering|quotes|figures|web> [options]");
    return 2;
}

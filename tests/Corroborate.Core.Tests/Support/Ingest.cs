using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Support;

/// <summary>Everything one <see cref="InputReader.Read"/> call produced.</summary>
public sealed record IngestResult(List<Article> Articles, List<InputProblem> Problems, InputStatistics Statistics)
{
    public List<InputProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();

    public List<InputProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();

    public Article Single(string id) => Articles.Single(a => a.Id == id);
}

/// <summary>Runs the input reader to the end and collects what it gave.</summary>
public static class Ingest
{
    public static IngestResult Read(params string[] paths) => Read(new InputOptions(), paths);

    public static IngestResult Read(InputOptions options, params string[] paths)
    {
        var reader = new InputReader(options);
        var problems = new List<InputProblem>();
        var articles = reader.Read(paths, problems.Add).ToList();
        return new IngestResult(articles, problems, reader.Statistics);
    }
}

using Corroborate.Cleaning;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Cleaning;
using Corroborate.Core.Tests.Support;
using Xunit.Abstractions;

namespace Corroborate.Core.Tests.Cleaning;

/// <summary>
/// The cleaning benchmark's targets on a small seeded subset of the shared data (real bodies with injected
/// residue). Without <c>../shared/data</c> the test is reported as skipped, with the reason.
/// </summary>
public sealed class CleaningBenchmarkTargetsTests(ITestOutputHelper output)
{
    private const int Seed = 4242;

    [DataFact("news-clustering")]
    public void A_seeded_subset_keeps_99_percent_of_real_text_and_removes_95_percent_of_residue()
    {
        var extractionRoot = DataPaths.Find("extraction-benchmark");
        var allSidesPath = DataPaths.Find(Path.Combine("news-clustering", "allsides-2021.train.jsonl"));
        Assert.NotNull(extractionRoot);
        Assert.NotNull(allSidesPath);

        var articles = CleaningCorpus.LoadExtraction(extractionRoot).Take(40)
            .Concat(CleaningCorpus.LoadAllSides(allSidesPath).Take(200))
            .ToList();
        var injector = new ResidueInjector(articles);
        var cleaner = new ScrapedTextCleaner();
        var score = new CleaningScore();
        for (var i = 0; i < articles.Count; i++)
        {
            var injected = injector.Inject(articles[i], Seed + i);
            score.AddInjected(injected, cleaner.Clean(injected.Text, injected.Metadata));
            score.AddPristine(articles[i], cleaner.Clean(articles[i].PristineText, new ArticleMetadata { Title = articles[i].Title }));
        }

        output.WriteLine($"{score.Articles} articles: residue removed {score.ResidueRemovedShare:P2}, real text kept {score.RealKeptShare:P2}, pristine kept {score.PristineKeptShare:P2}");
        Assert.True(score.RealKeptShare >= 0.99, $"real text kept {score.RealKeptShare:P2}");
        Assert.True(score.PristineKeptShare >= 0.99, $"pristine text kept {score.PristineKeptShare:P2}");
        Assert.True(score.ResidueRemovedShare >= 0.95, $"residue removed {score.ResidueRemovedShare:P2}");
    }
}

using System.Text.RegularExpressions;
using GreenAI.Impact;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Tests.Models;

/// <summary>
/// model-alternatives.tsv and model-tiers.tsv name models of the embedded EcoLogits repository: after an update of the
/// repository, a suggestion that vanished or no longer saves energy fails here.
/// </summary>
public class SuggestionTablesTests
{
    [Fact]
    public void Every_alternative_is_in_the_catalogue_and_costs_less_than_every_model_it_replaces()
    {
        int replaced = 0;
        foreach (var (pattern, alternatives) in Rows("model-alternatives.tsv", cells => (cells[0], cells[1].Split(','))))
        {
            foreach (var alternative in alternatives)
            {
                Assert.True(ModelCatalog.Default.FindExact(alternative) != null, $"{alternative} (for {pattern}) is not in the catalogue");
            }

            var suggested = LlmEstimator.Estimate(ModelCatalog.Default.FindExact(alternatives[0])!, 400);
            var regex = new Regex(pattern, RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);
            foreach (var model in ModelCatalog.Default.Models.Where(m => regex.IsMatch(m.Name)))
            {
                var large = LlmEstimator.Estimate(model, 400);
                Assert.True(suggested.EnergyWh.Max < large.EnergyWh.Min, $"{alternatives[0]} ({suggested.EnergyWh.Max} Wh at most) does not save energy on {model.Name} ({large.EnergyWh.Min} Wh at least)");
                replaced++;
            }
        }

        Assert.True(replaced > 50, replaced + " catalogue models have an alternative");
    }

    [Fact]
    public void Every_tier_is_estimated_as_a_catalogue_model_of_its_provider()
    {
        foreach (var (provider, estimateAs) in Rows("model-tiers.tsv", cells => (cells[0], cells[3])))
        {
            var model = ModelCatalog.Default.FindExact(estimateAs);
            Assert.True(model != null, estimateAs + " is not in the catalogue");
            Assert.Equal(provider, model!.Provider);
        }
    }

    private static List<T> Rows<T>(string file, Func<string[], T> read)
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream("GreenAI.Impact." + file)!;
        using var reader = new StreamReader(stream);
        var rows = new List<T>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(read(line.Split('\t')));
            }
        }

        return rows;
    }
}

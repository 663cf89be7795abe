using GreenAI.Impact.Models;
namespace GreenAI.Analyzers.ModelIds;

/// <summary>Orders resolved models by size (active, then total parameters): the largest drives an estimate.</summary>
internal static class ModelSize
{
    /// <summary>The known model with the most active parameters, or null when none is known.</summary>
    public static ModelMatch? Largest(ResolvedModel.ResolvedModels models)
    {
        ModelMatch? largest = null;
        foreach (var model in models)
        {
            if (model.Match != null && (largest == null || Compare(model.Match.Entry, largest.Entry) > 0))
            {
                largest = model.Match;
            }
        }

        return largest;
    }

    private static int Compare(ModelEntry a, ModelEntry b)
    {
        int byActive = a.ActiveParamsB.Max.CompareTo(b.ActiveParamsB.Max);
        return byActive != 0 ? byActive : a.TotalParamsB.Max.CompareTo(b.TotalParamsB.Max);
    }
}

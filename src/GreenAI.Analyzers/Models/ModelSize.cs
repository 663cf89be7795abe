using System.Collections.Generic;

namespace GreenAI.Analyzers.Models;

/// <summary>Orders resolved models by size (active, then total parameters): the largest drives an estimate.</summary>
internal static class ModelSize
{
    public static ResolvedModel? Largest(IEnumerable<ResolvedModel> models)
    {
        ResolvedModel? largest = null;
        foreach (var model in models)
        {
            if (model.Match == null)
            {
                continue;
            }

            if (largest == null || Compare(model.Match.Entry, largest.Match!.Entry) > 0)
            {
                largest = model;
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

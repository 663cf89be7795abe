using System.Collections.Generic;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Reporting;

/// <summary>How GAI002 and GAI003 name and cost a call of the user's model-calling method.</summary>
internal static class WrapperCallText
{
    /// <summary>"Summarizer.SummarizeAsync → IChatClient.GetResponseAsync".</summary>
    public static string Display(IInvocationOperation site, ModelCallingSummary summary) => CallDisplay.Of(site) + summary.ChainText;

    /// <summary>The estimate of each SDK call one call of the method makes (null where the model is not a constant): the first, and the others.</summary>
    public static (CallEstimate? First, List<(IInvocationOperation Call, CallEstimate? Estimate)> Others) Estimates(ModelCallingSummary summary, AnalysisServices services)
    {
        CallEstimate? first = null;
        var others = new List<(IInvocationOperation, CallEstimate?)>();
        for (var i = 0; i < summary.Calls.Length; i++)
        {
            var call = summary.Calls[i];
            var estimate = services.EstimateOf(call, services.Options.For(OperationSymbols.TreeOf(call.Invocation)));
            if (i == 0)
            {
                first = estimate;
            }
            else
            {
                others.Add((call.Invocation, estimate));
            }
        }

        return (first, others);
    }

    /// <summary>"≈0.85–1.53 Wh per item (gpt-4o, …)", summed over the method's model calls when it makes several.</summary>
    public static string Cost(CallEstimate? first, List<(IInvocationOperation Call, CallEstimate? Estimate)> others, RepetitionUnit unit) =>
        others.Count == 0 ? CallEstimate.PerRepetition(first, unit) : LoopEstimateText.Per(first, others, unit);
}

using System.Collections.Immutable;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// What one call of a model-calling method of the user's code costs and how it reaches the model: the methods it goes
/// through down to the SDK call, and the SDK calls it makes (for the estimate).
/// </summary>
internal sealed class ModelCallingSummary
{
    /// <summary>The most SDK calls a summary keeps: enough to sum what a wrapper makes, bounded for huge methods.</summary>
    public const int MaxCalls = 16;

    public ModelCallingSummary(ImmutableArray<string> chain, ImmutableArray<ModelCall> calls, string note = "", bool throughDispatch = false, bool pollsOnly = false, bool fewImplementationsCallAModel = false, bool runsUntilStopped = false)
    {
        RunsUntilStopped = runsUntilStopped;
        FewImplementationsCallAModel = fewImplementationsCallAModel;
        PollsOnly = pollsOnly;
        Chain = chain;
        Calls = calls;
        Note = note;
        ThroughDispatch = throughDispatch;
    }

    /// <summary>
    /// An interface, abstract or virtual call on the way chose an implementation the compiler saw: at run time it may be
    /// another (a test's mock).
    /// </summary>
    public bool ThroughDispatch { get; }

    /// <summary>
    /// The method only asks a generation job for its status (an SDK status call, or a raw-HTTP GET of a provider's job
    /// status URI): a poll, which GAI002 reports in a loop bounded only by a cancellation token, and which GAI003 leaves
    /// alone per item as it leaves a raw status GET there.
    /// </summary>
    public bool PollsOnly { get; }

    /// <summary>
    /// The method is an interface, abstract or virtual one of which at most half the implementations call a model (a
    /// pipeline's steps, a scheduler's tasks, providers' status checks): a loop over its implementations calls a model
    /// for some elements only.
    /// </summary>
    public bool FewImplementationsCallAModel { get; }

    /// <summary>
    /// Every model call of the method sits in a worker loop of its own, one that runs until the host stops it or its
    /// queue closes (<c>await foreach (var task in channel.Reader.ReadAllAsync(ct))</c>,
    /// <c>while (!ct.IsCancellationRequested)</c>): starting it once per worker repeats workers, not model calls.
    /// </summary>
    public bool RunsUntilStopped { get; }

    /// <summary>The calls after the method itself, the SDK call last: ["Summarizer.SummarizeAsync", "IChatClient.GetResponseAsync"].</summary>
    public ImmutableArray<string> Chain { get; }

    /// <summary>The SDK model calls one call of the method makes, in source order (at most <see cref="MaxCalls"/>).</summary>
    public ImmutableArray<ModelCall> Calls { get; }

    /// <summary>" (one of 3 implementations)" for an interface or abstract method with several, " …/chat/completions" for a raw-HTTP request; else empty.</summary>
    public string Note { get; }

    /// <summary>" → Summarizer.SummarizeAsync → IChatClient.GetResponseAsync", to follow the called method's name.</summary>
    public string ChainText => _chainText ??= Chain.IsEmpty ? Note : Note + " → " + string.Join(" → ", Chain);

    private string? _chainText;

    /// <summary>
    /// This summary reached through <paramref name="method"/> (a method group a delegate holds, a mediator request's
    /// handler): the method heads the chain, with this summary's note.
    /// </summary>
    public ModelCallingSummary Through(IMethodSymbol method) =>
        new(Chain.Insert(0, method.ContainingType.Name + "." + method.Name + Note), Calls, string.Empty, ThroughDispatch, PollsOnly, FewImplementationsCallAModel, RunsUntilStopped);
}

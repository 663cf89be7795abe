namespace GreenAI.Review.Sites;

/// <summary>
/// One place in the code the analyzers spoke about: a file (relative to the source root), the site key (member and
/// call) and its ordinal among equal keys of the file; the estimate of one call there, and the findings on it.
/// </summary>
internal sealed record CallSite(string File, string Key, int Ordinal, int Line, Estimate? Estimate, IReadOnlyList<Finding> Findings, bool HasEstimateDiagnostic)
{
    // HasEstimateDiagnostic: GAI010 reported the site, so it is there whether or not a rule finds something on it.

    /// <summary>Where the site's first diagnostic is (<see cref="SourcePosition"/>): for a model choice, the written id.</summary>
    public string? At { get; init; }

    /// <summary>For a call, where its model id is written (GAI010's <c>model_at</c>): the <see cref="At"/> of the model choice that feeds it.</summary>
    public string? ModelAt { get; init; }

    /// <summary>What matches a site across two builds: no line number.</summary>
    public (string File, string Key, int Ordinal) Identity => (File, Key, Ordinal);

    /// <summary>"Shop.SupportBot.AnswerAsync", from the key; the line when the log had no site key.</summary>
    public string Member => Key.IndexOf('|') is var bar and >= 0 ? Key[..bar] : Key;

    /// <summary>"ChatClient.CompleteChatAsync", "model" or "reasoning".</summary>
    public string What => Key.IndexOf('|') is var bar and >= 0 ? Key[(bar + 1)..] : "";

    public SiteKind Kind => What switch
    {
        SiteProperty.ModelChoice => SiteKind.ModelChoice,
        SiteProperty.ReasoningSetting => SiteKind.ReasoningSetting,
        _ => SiteKind.Call,
    };

    /// <summary>"SupportBot.AnswerAsync": the type and member without the namespace, for tables.</summary>
    public string ShortMember
    {
        get
        {
            var parts = Member.Split('.');
            return parts.Length <= 2 ? Member : parts[^2] + "." + parts[^1];
        }
    }

    /// <summary>The largest energy per call, for sorting (sites without an estimate last).</summary>
    public double SortEnergy => Estimate?.EnergyWh.Max ?? -1;
}

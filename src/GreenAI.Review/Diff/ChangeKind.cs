namespace GreenAI.Review.Diff;

/// <summary>What happened to a site between the base and the head build (in the order the diff lists them).</summary>
internal enum ChangeKind
{
    /// <summary>In both builds, with another estimate or other findings.</summary>
    Changed,

    /// <summary>
    /// In both builds, and the head build reports the call has no output cap (GAI006) where the base did not: its
    /// output is unbounded now, whatever the estimate at the default token count says. Never a saving.
    /// </summary>
    CapRemoved,

    /// <summary>A call site only the head build estimates (GAI010): new code.</summary>
    Added,

    /// <summary>A call site only the base build estimates: code taken out.</summary>
    Removed,

    /// <summary>Findings on a place the base build did not report: a model choice that became large, a new loop.</summary>
    NewFinding,

    /// <summary>Findings on a place the head build no longer reports: a fixed model choice, a loop now bounded.</summary>
    Fixed,

    Unchanged,
}

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>
/// The seed of a fuzz test: fixed per name when GREENAI_FIXED_FUZZ_SEEDS is set (CI: a failure repeats there), new on
/// each run otherwise (a developer's runs explore inputs CI never tried). A failure names its seed either way.
/// </summary>
internal static class FuzzSeed
{
    public static int For(string name) =>
        Environment.GetEnvironmentVariable("GREENAI_FIXED_FUZZ_SEEDS") is { Length: > 0 }
            ? Stable(name)
            : name.GetHashCode(StringComparison.Ordinal) & 0x7fff;

    /// <summary>FNV-1a of the name: the same on every machine and run.</summary>
    private static int Stable(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7fff);
    }
}

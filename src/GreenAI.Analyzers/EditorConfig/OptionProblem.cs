namespace GreenAI.Analyzers.EditorConfig;

/// <summary>An option value of this package that cannot be read, what is accepted, and the fallback used (GAI900).</summary>
internal sealed class OptionProblem
{
    public OptionProblem(string key, string value, string accepted, string fallback)
    {
        Key = key;
        Value = value;
        Accepted = accepted;
        Fallback = fallback;
    }

    public string Key { get; }

    public string Value { get; }

    public string Accepted { get; }

    public string Fallback { get; }
}

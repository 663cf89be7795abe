namespace GreenAI.Impact.Models;

/// <summary>
/// How fast a provider serves a model, as EcoLogits' repository records it (from OpenRouter's measurements): output
/// tokens per second and the time to the first token. When known, they replace the latency regression in the estimate.
/// </summary>
public sealed class Deployment
{
    public Deployment(double? tokensPerSecond, double? timeToFirstTokenSeconds)
    {
        TokensPerSecond = tokensPerSecond;
        TimeToFirstTokenSeconds = timeToFirstTokenSeconds;
    }

    public double? TokensPerSecond { get; }

    public double? TimeToFirstTokenSeconds { get; }
}

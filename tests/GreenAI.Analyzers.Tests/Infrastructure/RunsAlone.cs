namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>Tests that load the whole process (CPU, forced collections): xunit runs this collection on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}

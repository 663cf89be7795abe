using System.Diagnostics.CodeAnalysis;

// Each rule is an analyzer of its own only for tests and the benchmark; the compiler loads GreenAIAnalyzer, which
// runs them all. An attribute on a rule would make the compiler run it a second time.
[assembly: SuppressMessage(
    "MicrosoftCodeAnalysisCorrectness",
    "RS1001:Missing diagnostic analyzer attribute",
    Justification = "Rules run inside GreenAIAnalyzer",
    Scope = "namespaceanddescendants",
    Target = "~N:GreenAI.Analyzers.Rules")]

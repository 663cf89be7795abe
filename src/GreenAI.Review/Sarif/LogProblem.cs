namespace GreenAI.Review.Sarif;

/// <summary>A log the tool cannot use, with a message that says why and what to do; the command exits with code 2.</summary>
internal sealed class LogProblem(string message) : Exception(message);

using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>"ChatClient.CompleteChatAsync": how messages name a model call.</summary>
internal static class CallDisplay
{
    public static string Of(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var receiverType = invocation.Instance?.Type?.Name
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value.Type?.Name : null)
            ?? method.ContainingType?.Name;
        return string.IsNullOrEmpty(receiverType) ? method.Name : receiverType + "." + method.Name;
    }
}

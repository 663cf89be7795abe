using GreenAI.Impact.Caching;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Reporting;

/// <summary>"ChatClient.CompleteChatAsync": how messages name a model call.</summary>
internal static class CallDisplay
{
    // A few dozen SDK methods name every model call: the text is made once per receiver type and method, not per diagnostic.
    private static readonly BoundedCache<(string Receiver, string Method), string> Texts = new("call display names", 1024);

    public static string Of(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var receiverType = invocation.Instance?.Type?.Name
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value.Type?.Name : null)
            ?? method.ContainingType?.Name;
        if (string.IsNullOrEmpty(receiverType))
        {
            return method.Name;
        }

        var key = (receiverType!, method.Name);
        return Texts.GetOrAdd(key, 0, static (names, _) => names.Receiver + "." + names.Method);
    }
}

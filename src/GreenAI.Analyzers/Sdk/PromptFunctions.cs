using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// Semantic Kernel's invocation of a function made from a prompt: <c>kernel.InvokeAsync(titleGen, args)</c>,
/// <c>titleGen.InvokeAsync(kernel, args)</c> or their streaming forms, where the function was made by
/// <c>CreateFunctionFromPrompt</c>, <c>KernelFunctionFactory.CreateFromPrompt</c> (or their YAML forms), or taken from a
/// plugin made from a prompt directory (<c>plugin["Summarize"]</c>). Rendering such a function sends its prompt to the
/// kernel's chat service: a model call, whose model the kernel's registration chooses. The same invocation of a native
/// function runs no model, so the catalogue cannot hold these calls by method: the function's origin decides.
/// </summary>
internal static class PromptFunctions
{
    private static readonly string[] Makers =
    {
        "CreateFunctionFromPrompt", "CreateFromPrompt", "CreateFunctionFromPromptYaml", "CreateFromPromptYaml",
    };

    private static readonly string[] PluginMakers =
    {
        "ImportPluginFromPromptDirectory", "CreatePluginFromPromptDirectory", "ImportPluginFromPromptDirectoryYaml", "CreatePluginFromPromptDirectoryYaml",
    };

    /// <summary>Cheap: Kernel's or KernelFunction's InvokeAsync / InvokeStreamingAsync.</summary>
    public static bool MayBe(IMethodSymbol method) =>
        method.Name is "InvokeAsync" or "InvokeStreamingAsync"
        && method.ContainingType is { Name: "Kernel" or "KernelFunction" } type
        && type.ContainingNamespace?.ToDisplayString() == "Microsoft.SemanticKernel";

    /// <summary>How the invoked function was made ("a function made by CreateFunctionFromPrompt"), or null when it is not known to be a prompt's.</summary>
    public static string? Describe(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (!MayBe(invocation.TargetMethod) || FunctionOf(invocation) is not { } function)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(function, cancellationToken);
        if (origin is IInvocationOperation made && System.Array.IndexOf(Makers, made.TargetMethod.Name) >= 0)
        {
            return "(a function made by " + made.TargetMethod.Name + ")";
        }

        // plugin["Summarize"]: a plugin's indexer, the plugin made from a folder of prompts.
        if (origin is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } plugin }
            && ValueOrigin.Follow(plugin, cancellationToken) is IInvocationOperation folder && System.Array.IndexOf(PluginMakers, folder.TargetMethod.Name) >= 0)
        {
            return "(a function of a plugin made by " + folder.TargetMethod.Name + ")";
        }

        return null;
    }

    /// <summary>The function a call invokes: Kernel.InvokeAsync's KernelFunction argument, or KernelFunction.InvokeAsync's receiver.</summary>
    private static IOperation? FunctionOf(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.ContainingType.Name == "KernelFunction")
        {
            return invocation.Instance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "KernelFunction")
            {
                return argument.Value;
            }
        }

        return null;
    }
}

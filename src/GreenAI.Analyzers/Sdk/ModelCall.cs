using GreenAI.Analyzers.Models;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>A recognised model call and what the code says about its model and output cap.</summary>
internal sealed class ModelCall
{
    public ModelCall(IInvocationOperation invocation, ModelCallDefinition definition, ModelIdValue model, int? outputCap)
    {
        Invocation = invocation;
        Definition = definition;
        Model = model;
        OutputCap = outputCap;
    }

    public IInvocationOperation Invocation { get; }

    public ModelCallDefinition Definition { get; }

    public ModelIdValue Model { get; }

    /// <summary>The constant output-token cap written on the call, if any.</summary>
    public int? OutputCap { get; }

    /// <summary>The provider the SDK fixes, else the one the model id came with, else null (infer from the model).</summary>
    public string? Provider => Definition.Provider ?? Model.Provider;
}

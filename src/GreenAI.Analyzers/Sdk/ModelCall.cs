using GreenAI.Analyzers.ModelIds;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>A recognised model call and what the code says about its model and output cap.</summary>
internal sealed class ModelCall
{
    public ModelCall(IInvocationOperation invocation, ModelCallDefinition definition, ModelIdValue model, int? outputCap, OutputCapState capState = OutputCapState.Unknown, IObjectCreationOperation? argumentObject = null)
    {
        CapState = capState;
        ArgumentObject = argumentObject;
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

    /// <summary>What the call says about its output cap.</summary>
    public OutputCapState CapState { get; }

    /// <summary>The options or request object when it is created in sight.</summary>
    public IObjectCreationOperation? ArgumentObject { get; }

    /// <summary>The provider the SDK fixes, else the one the model id came with, else null (infer from the model).</summary>
    public string? Provider => Definition.Provider ?? Model.Provider;
}

/// <summary>Whether a call caps its output, as far as the code shows.</summary>
internal enum OutputCapState
{
    /// <summary>The options come from elsewhere (a parameter, a field): unknown is not "missing".</summary>
    Unknown,

    /// <summary>The call passes no options object at all.</summary>
    NoOptions,

    /// <summary>The options object is created in sight without the cap property.</summary>
    NotSet,

    /// <summary>The cap property is set.</summary>
    Set,
}

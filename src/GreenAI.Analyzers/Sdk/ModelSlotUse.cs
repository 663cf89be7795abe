using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>One place in code that fills a model slot: the slot, the value written there, and the object it belongs to.</summary>
internal sealed class ModelSlotUse
{
    private ModelSlotUse(ModelSlotDefinition slot, IOperation value, IObjectCreationOperation? owner, int? outputCap = null)
    {
        Slot = slot;
        Value = value;
        Owner = owner;
        OutputCap = outputCap;
    }

    /// <summary>The output cap the request itself writes beside the model (a raw-HTTP body's max_tokens), if any.</summary>
    public int? OutputCap { get; }

    /// <summary>The <c>model</c> field of a chat request's body sent over raw HTTP (<see cref="Media.RawChatRequest"/>).</summary>
    public static ModelSlotUse RawBody(ModelSlotDefinition slot, IOperation value, int? outputCap) => new(slot, value, null, outputCap);

    public ModelSlotDefinition Slot { get; }

    /// <summary>The expression written in the slot: the argument value or the right side of the assignment.</summary>
    public IOperation Value { get; }

    /// <summary>For a property set in an object initialiser, the object being created (to read its output cap).</summary>
    public IObjectCreationOperation? Owner { get; }

    /// <summary>An argument passed to a model parameter (<c>GetChatClient("gpt-4o")</c>), or null.</summary>
    public static ModelSlotUse? FromArgument(IArgumentOperation argument, SdkSymbols sdk)
    {
        if (argument.Parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return null;
        }

        var (method, arguments) = argument.Parent switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };
        var slot = method == null ? null : sdk.FindParameterSlot(method, argument.Parameter);
        if (slot == null || (slot.UnlessParameter != null && Passes(arguments, slot.UnlessParameter)))
        {
            return null;
        }

        return new ModelSlotUse(slot, argument.Value, null);
    }

    /// <summary>
    /// A constant passed to a parameter of the project's own method that reaches <paramref name="slot"/> inside it
    /// (<c>new ReviewService(endpoint, key, "gpt-4o")</c> whose constructor calls <c>GetChatClient(modelName)</c>).
    /// </summary>
    public static ModelSlotUse Forwarded(ModelSlotDefinition slot, IOperation value) => new(slot, value, null);

    /// <summary>A model property set (<c>new ChatOptions { ModelId = "gpt-4o" }</c>, <c>client.SelectedModel = "…"</c>), or null.</summary>
    public static ModelSlotUse? FromAssignment(ISimpleAssignmentOperation assignment, SdkSymbols sdk)
    {
        if (assignment.Target is not IPropertyReferenceOperation target || sdk.FindPropertySlot(target.Property) is not { } slot)
        {
            return null;
        }

        var owner = assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } ? creation : null;
        return new ModelSlotUse(slot, assignment.Value, owner);
    }

    private static bool Passes(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                && !(argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value == null))
            {
                return true;
            }
        }

        return false;
    }
}

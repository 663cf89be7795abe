using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// An object written as one entry of a list of several (<c>new Dictionary&lt;string, LlmModel&gt; { ["gpt-5"] = new LlmModel
/// { ModelName = "gpt-5" }, … }</c>, an array, a collection initializer): a catalogue of models the user
/// picks from, as a settings file's list of models is, not the model the code chooses (testbucket's LlmModels).
/// </summary>
internal static class ModelListEntry
{
    /// <summary>The value is set in the object initializer of such an entry.</summary>
    public static bool Holds(IOperation value)
    {
        if (value.Parent is not ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } })
        {
            return false;
        }

        IOperation entry = creation;
        while (entry.Parent is IConversionOperation conversion)
        {
            entry = conversion;
        }

        return entry.Parent switch
        {
            // ["gpt-5"] = new LlmModel { … } in a dictionary's initializer
            ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation list } => list.Initializers.Length > 1,
            // { new LlmModel { … }, … }: each element is an Add call
            IArgumentOperation { Parent: IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation list } } => list.Initializers.Length > 1,
            IArrayInitializerOperation array => array.ElementValues.Length > 1,
            _ => false,
        };
    }
}

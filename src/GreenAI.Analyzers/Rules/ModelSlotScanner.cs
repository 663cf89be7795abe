using System;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>Registers an action on every place that fills a chat-model slot (an argument or a property assignment).</summary>
internal static class ModelSlotScanner
{
    public static void Register(CompilationStartAnalysisContext context, AnalysisServices services, Action<OperationAnalysisContext, ModelSlotUse> action)
    {
        // On calls and creations rather than on every argument: one cheap name check per call, arguments only for slots.
        context.RegisterOperationAction(
            c =>
            {
                var arguments = c.Operation switch
                {
                    IInvocationOperation invocation when services.Sdk.HasParameterSlots(invocation.TargetMethod) => invocation.Arguments,
                    IObjectCreationOperation { Constructor: { } constructor } creation when services.Sdk.HasParameterSlots(constructor) => creation.Arguments,
                    _ => default,
                };
                if (arguments.IsDefaultOrEmpty)
                {
                    return;
                }

                foreach (var argument in arguments)
                {
                    if (ModelSlotUse.FromArgument(argument, services.Sdk) is { } use)
                    {
                        action(c, use);
                    }
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(
            c =>
            {
                if (ModelSlotUse.FromAssignment((ISimpleAssignmentOperation)c.Operation, services.Sdk) is { } use)
                {
                    action(c, use);
                }
            },
            OperationKind.SimpleAssignment);
    }
}

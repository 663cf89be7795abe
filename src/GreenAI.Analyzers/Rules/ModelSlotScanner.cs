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
        context.RegisterOperationAction(
            c =>
            {
                if (ModelSlotUse.FromArgument((IArgumentOperation)c.Operation, services.Sdk) is { } use)
                {
                    action(c, use);
                }
            },
            OperationKind.Argument);
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

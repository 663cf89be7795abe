using System;
using System.Collections.Generic;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI001 in a settings file: a large model named by a value of the project's appsettings*.json that no code of the
/// project reads into a model slot. A web host's settings are usually read by a library project (genai-eshop's
/// <c>"ChatModel": "gpt-4o"</c>, bound in its AI project): that project's compilation never sees the file, and this
/// one never sees the read, so the choice is reported where it is made. A key the project's own code reads is reported
/// at that code instead, once. Only keys that say what they hold are read: a segment with "model", "deployment" or
/// "engine" in it (a deployment key's value is taken as a deployment name, as in code); inside an array, the value's
/// own key must say so.
/// </summary>
internal static class SettingsModelChoices
{
    public static void Report(CompilationAnalysisContext end, DiagnosticDescriptor descriptor, AnalysisServices services, LargeModelFinding.Cache findings)
    {
        var settings = services.AppSettings;
        Dictionary<AdditionalText, GreenAIOptions>? optionsByFile = null;
        foreach (var place in settings.Places)
        {
            end.CancellationToken.ThrowIfCancellationRequested();
            var holds = HoldsOf(place.Key);
            if (holds == null || place.Value.Length == 0 || settings.IsReadAsModel(place.Key))
            {
                continue;
            }

            optionsByFile ??= new Dictionary<AdditionalText, GreenAIOptions>();
            if (!optionsByFile.TryGetValue(place.File, out var options))
            {
                options = optionsByFile[place.File] = services.Options.For(place.File);
            }

            if (ResolvedModel.OutsideCode(place.Value, holds == SlotValue.DeploymentName, options) is { } model
                && LargeModelFinding.ForOutsideCode(model, holds == SlotValue.DeploymentName ? ModelSlotDefinition.SettingsDeployment : ModelSlotDefinition.SettingsValue, options, findings) is { } finding)
            {
                end.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    place.Location,
                    finding.Properties.SetItem(SiteKey.Property, SiteKey.OfSetting(place.Key, SiteKey.ModelChoice)),
                    finding.MessageArguments()));
            }
        }
    }

    /// <summary>
    /// What a key's value names, from the key's words; null when the key says nothing of a model, or names the model of
    /// a tokenizer (<c>ModelNameForTokenCount</c>, <c>TokenizerModel</c>, <c>EncodingModel</c>: token counting, no call).
    /// </summary>
    internal static SlotValue? HoldsOf(string key)
    {
        var leaf = key.Substring(key.LastIndexOf(':') + 1);
        if (leaf.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0 || leaf.IndexOf("encod", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        // Inside an array only the value's own key may say what it holds: "Pairs:0:CompletionModel" (one provider's
        // settings, rafeyhusain/rag.semantic-kernel-app) is a model; "AvailableModels:1:Id" or "Models:2" (a list a person
        // picks from, fargum/portfoliomanager) is not known to be the one the code runs.
        var says = InList(key) ? leaf : key;
        if (says.IndexOf("deployment", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return SlotValue.DeploymentName;
        }

        return says.IndexOf("model", StringComparison.OrdinalIgnoreCase) >= 0 || says.IndexOf("engine", StringComparison.OrdinalIgnoreCase) >= 0
            ? SlotValue.ModelId
            : null;
    }

    /// <summary>A value inside a JSON array ("Pairs:0:CompletionModel", "AvailableModels:1:Id").</summary>
    private static bool InList(string key)
    {
        foreach (var segment in key.Split(':'))
        {
            if (segment.Length > 0 && IsDigits(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Generic;
using GreenAI.Analyzers.Options;

namespace GreenAI.Analyzers.Models;

/// <summary>A model id from code, after Azure deployment mapping, and the catalogue entry it stands for (null: unknown).</summary>
internal sealed class ResolvedModel
{
    private ResolvedModel(ModelIdCandidate candidate, string modelId, ModelMatch? match, string? deploymentName)
    {
        Candidate = candidate;
        ModelId = modelId;
        Match = match;
        DeploymentName = deploymentName;
    }

    public ModelIdCandidate Candidate { get; }

    /// <summary>The model id: the written id, or the model an Azure deployment name maps to.</summary>
    public string ModelId { get; }

    public ModelMatch? Match { get; }

    /// <summary>The Azure deployment name written in code, when the slot holds one.</summary>
    public string? DeploymentName { get; }

    /// <summary>
    /// Resolves each constant of a model-id value. Deployment names resolve through green_ai.azure_deployments only;
    /// unmapped ones are left out (they are not model ids, so not "unknown models" either).
    /// </summary>
    public static List<ResolvedModel> ResolveAll(ModelIdValue value, GreenAIOptions options)
    {
        var resolved = new List<ResolvedModel>(value.Candidates.Length);
        foreach (var candidate in value.Candidates)
        {
            if (value.IsDeploymentName)
            {
                if (options.AzureDeployments.TryGetValue(candidate.Id, out var mapped))
                {
                    resolved.Add(new ResolvedModel(candidate, mapped, options.Resolve(mapped), candidate.Id));
                }

                continue;
            }

            resolved.Add(new ResolvedModel(candidate, candidate.Id, options.Resolve(candidate.Id), null));
        }

        return resolved;
    }
}

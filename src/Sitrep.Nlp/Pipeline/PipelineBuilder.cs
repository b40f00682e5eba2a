using Sitrep.Core;

namespace Sitrep.Nlp.Pipeline;

/// <summary>Composes stages in the order given and checks, when built, that each stage's requirements are met by an earlier one.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    /// <summary>Appends <paramref name="stage"/>.</summary>
    public PipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    /// <exception cref="SitrepException">When two stages share a name, or a stage requires a layer no earlier stage produces.</exception>
    public TextPipeline Build()
    {
        var produced = new HashSet<Layer>();
        var names = new HashSet<string>();
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
                throw Errors.Create(Errors.Pipeline, $"two stages are named '{stage.Name}'; stage names must be unique");
            foreach (var layer in stage.Requires)
            {
                if (!produced.Contains(layer))
                {
                    var producer = _stages.FirstOrDefault(s => s.Produces.Contains(layer))?.Name;
                    var hint = producer is null ? "no stage produces it" : $"add '{producer}' before it";
                    throw Errors.Create(Errors.Pipeline, $"stage '{stage.Name}' requires layer '{layer}', which no earlier stage produces; {hint}");
                }
            }
            produced.UnionWith(stage.Produces);
        }
        return new TextPipeline([.. _stages]);
    }
}

#include "model_config.h"

namespace dddg {

void ModelConfig::writeTo(FlatJson& json) const
{
    json.set("image_size", long(imageSize));
    json.set("channels", long(channels));
    json.set("dz", long(dz));
    json.set("num_classes", long(numClasses));
    json.set("width", long(width));
    json.set("style_dim", long(styleDim));
    json.set("embed_dim", long(embedDim));
    json.set("latent_map", latentMap);
    json.set("tmax", long(degradation.tMax));
    json.set("degradation", toString(degradation.kind));
    json.set("sigma_max", degradation.sigmaMax);
    json.set("sigma_min", degradation.sigmaMin);
    json.set("constant", degradation.constant);
}

Result<ModelConfig> ModelConfig::readFrom(const FlatJson& json)
{
    ModelConfig c;
    c.imageSize = int64_t(json.number("image_size", double(c.imageSize)));
    c.channels = int64_t(json.number("channels", double(c.channels)));
    c.dz = int64_t(json.number("dz", double(c.dz)));
    c.numClasses = int64_t(json.number("num_classes", double(c.numClasses)));
    c.width = int64_t(json.number("width", double(c.width)));
    c.styleDim = int64_t(json.number("style_dim", double(c.styleDim)));
    c.embedDim = int64_t(json.number("embed_dim", double(c.embedDim)));
    c.latentMap = json.boolean("latent_map", false);
    c.degradation.tMax = int64_t(json.number("tmax", double(c.degradation.tMax)));
    if (!parseDegradationKind(json.string("degradation", "blur"), c.degradation.kind))
        return makeError("unknown degradation '" + json.string("degradation", "") + "'");
    c.degradation.sigmaMax = json.number("sigma_max", c.degradation.sigmaMax);
    c.degradation.sigmaMin = json.number("sigma_min", c.degradation.sigmaMin);
    c.degradation.constant = json.number("constant", c.degradation.constant);
    if (auto status = c.validate(); !status) return status.error();
    return c;
}

Status ModelConfig::validate() const
{
    auto bad = [](const std::string& what) { return Status(makeError(what)); };
    if (imageSize < 8 || imageSize % 8 != 0 || imageSize > 256) return bad("image size must be a multiple of 8 in [8, 256]");
    if (channels != 1 && channels != 3) return bad("channels must be 1 or 3");
    if (dz < 1 || dz > 4096) return bad("dz must be in [1, 4096]");
    if (numClasses < 0 || numClasses > 1000) return bad("num_classes must be in [0, 1000]");
    if (width < 4 || width > 1024) return bad("width must be in [4, 1024]");
    // Upper bounds before anything is allocated: a header that claims more is corrupt.
    if (styleDim < 4 || styleDim > 4096) return bad("style_dim must be in [4, 4096]");
    if (embedDim < 1 || embedDim > 4096) return bad("embed_dim must be in [1, 4096]");
    if (degradation.tMax < 1 || degradation.tMax > 64) return bad("tmax must be in [1, 64]");
    if (degradation.sigmaMax <= 0 || degradation.sigmaMin <= 0) return bad("blur sigmas must be positive");
    return {};
}

} // namespace dddg

#pragma once
// The dense latent inspector, drawn with Dear ImGui (StyleGAN3-explorer style): per-t
// sliders of z_t for the dimensions with the largest s_t, the s_t profile as a bar plot,
// and frame/render timings. It never touches the engine or Qt: it reads a snapshot and
// writes its wishes into InspectorArgs once per frame.
#include "latent_code.h"

#include <random>
#include <string>
#include <vector>

namespace dddg {

struct InspectorSnapshot {
    int tMax = 0;
    int dz = 0;
    std::vector<float> scales; ///< s_t, [t_max][d_z]
    LatentCode code;           ///< what is on screen
    LatentCode base;           ///< what "reset" returns to
    double engineMs = 0;       ///< engine time of the last render
    double latencyMs = 0;      ///< last slider move → trajectory repainted
    double frameMs = 0;        ///< ImGui's own frame time
};

struct InspectorArgs {
    int step = 0;        ///< the t whose z_t is shown
    int shownDims = 12;  ///< how many of the largest-s_t dimensions get sliders
    LatentCode code;     ///< the code after this frame's edits
    std::string edit;    ///< what was edited this frame (empty: nothing)
    int mergeKey = -1;   ///< edits with the same key merge into one undo step
    bool dragging = false;
};

class LatentInspector {
public:
    void draw(const InspectorSnapshot& snapshot, InspectorArgs& args);
    /// Dimensions of step t sorted by s_t, largest first.
    static std::vector<int> dimsByScale(const std::vector<float>& scales, int t, int dz);

private:
    void drawHeader(const InspectorSnapshot& s, InspectorArgs& args);
    void drawProfile(const InspectorSnapshot& s, const std::vector<int>& order, int t);
    void drawSliders(const InspectorSnapshot& s, InspectorArgs& args, const std::vector<int>& order);
    void drawStepActions(const InspectorSnapshot& s, InspectorArgs& args);
    void drawTimings(const InspectorSnapshot& s);

    std::mt19937 m_rng{12345};
};

} // namespace dddg

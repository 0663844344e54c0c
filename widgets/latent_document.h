#pragma once
// The latent code being explored, its edit history and the two pinned slots A and B.
// Every change of the code goes through the undo stack; consecutive changes with the
// same merge key (one slider drag, one interpolation sweep) collapse into one step.
#include "latent_code.h"

#include <QObject>

class QUndoStack;

namespace dddg {

class LatentDocument : public QObject {
    Q_OBJECT
public:
    enum Slot { SlotA = 0, SlotB = 1 };
    /// Merge keys: edits with the same key in a row become one undo step.
    static int sliderKey(int t, int dim) { return 1000 + t * 4096 + dim; }
    static constexpr int kInterpolationKey = 1;

    explicit LatentDocument(QObject* parent = nullptr);

    const LatentCode& code() const { return m_code; }
    /// The code the "reset" buttons go back to: the last inverted, loaded or pinned code.
    const LatentCode& baseCode() const { return m_base; }
    const LatentCode& slot(Slot slot) const { return m_slots[slot]; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Records an edit; `mergeKey` ≥ 0 merges it with the previous edit of the same key.
    void edit(const LatentCode& code, const QString& description, int mergeKey = -1);
    /// Starts over from `code` (inversion, file, new model): an undoable edit that also
    /// becomes the base code.
    void replace(const LatentCode& code, const QString& description);
    void pin(Slot slot);
    void setSlot(Slot slot, const LatentCode& code);
    /// Ends merging: the next edit is a new undo step even with the same key.
    void closeMerge() { m_mergeOpen = false; }

signals:
    void codeChanged(const dddg::LatentCode& code);
    void slotsChanged();

private:
    friend class EditCodeCommand;
    void apply(const LatentCode& code);

    LatentCode m_code;
    LatentCode m_base;
    LatentCode m_slots[2];
    QUndoStack* m_undo;
    bool m_mergeOpen = false;
};

} // namespace dddg

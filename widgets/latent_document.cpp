#include "latent_document.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace dddg {

// One change of the code; redo applies `after`, undo restores `before`.
class EditCodeCommand : public QUndoCommand {
public:
    EditCodeCommand(LatentDocument* doc, LatentCode before, LatentCode after, const QString& text, int key)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)), m_key(key)
    {
    }
    void redo() override { m_doc->apply(m_after); }
    void undo() override { m_doc->apply(m_before); }
    int id() const override { return m_key; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != m_key || !m_doc->m_mergeOpen) return false;
        m_after = static_cast<const EditCodeCommand*>(other)->m_after;
        return true;
    }

private:
    LatentDocument* m_doc;
    LatentCode m_before, m_after;
    int m_key;
};

LatentDocument::LatentDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

void LatentDocument::apply(const LatentCode& code)
{
    m_code = code;
    emit codeChanged(m_code);
}

void LatentDocument::edit(const LatentCode& code, const QString& description, int mergeKey)
{
    if (code == m_code) return;
    auto* command = new EditCodeCommand(this, m_code, code, description, mergeKey);
    m_undo->push(command); // applies it (redo), possibly merged into the previous command
    m_mergeOpen = mergeKey >= 0;
}

void LatentDocument::replace(const LatentCode& code, const QString& description)
{
    m_base = code;
    m_mergeOpen = false;
    if (code == m_code) {
        emit codeChanged(m_code); // same numbers, but views may need the new base
        return;
    }
    m_undo->push(new EditCodeCommand(this, m_code, code, description, -1));
}

void LatentDocument::pin(Slot slot)
{
    if (!m_code.isValid()) return;
    setSlot(slot, m_code);
    m_base = m_code;
}

void LatentDocument::setSlot(Slot slot, const LatentCode& code)
{
    m_slots[slot] = code;
    emit slotsChanged();
}

} // namespace dddg

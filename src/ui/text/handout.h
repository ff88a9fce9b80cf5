// Handout: a routine as the sheet a patient takes home from the clinic — the title, who it was made for and the
// therapist's notes, how often; each exercise with its key pose, its dosage in plain words, numbered steps and stop
// rules; the warning signs to act on at once; and the sources. One QTextDocument, so printing and saving as PDF give
// the same pages.
#pragma once

#include "core/contentbank.h"
#include "ui/app/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace lumbar::ui {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)

public:
    // `date`: the day it is printed, shown on the sheet (injected so tests know it).
    Handout(const ContentBank &bank, const Routine &routine, QDate date = Clock::system().today());

    // The handout laid out for A4 paper; its figures are resources of the document.
    std::unique_ptr<QTextDocument> document() const;
    // The HTML the document is made from: every bank string escaped.
    QString html() const;

    // Writes the handout as a PDF at `path`, whole or not at all. False with `error` set when it could not.
    bool savePdf(const QString &path, QString *error = nullptr) const;
    // Lays the handout out on `device`'s pages (a PDF writer or a printer) and paints them.
    void paint(QPagedPaintDevice &device) const;

private:
    QString exerciseBlock(std::size_t number, const RoutineItem &item) const;
    QString warningSigns() const;
    QString sources() const;
    QString footer() const; // at the foot of every page

    const ContentBank &m_bank;
    const Routine &m_routine;
    QDate m_date;
};

} // namespace lumbar::ui

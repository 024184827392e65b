#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct TrackCall;

// One failed operation of a Track v2 /batch call answered 207 (or of /entity answered 400):
// {"errors":[{"batch_index","reason","field","message"}]} (Track OpenAPI document,
// https://docs.customer.io/files/journeys-track.json, the /api/v2/batch responses). batchIndex is -1 when
// the answer names none.
struct TrackV2ItemError
{
    int batchIndex = -1;
    QString reason;
    QString field;
    QString message;
};
QList<TrackV2ItemError> trackV2ItemErrors(const QByteArray &responseBody);
// "item 3 (person 42, identify): field name: message" for each error, naming the operation of `call`
// it points at when the call is a Batch.
QStringList describeTrackV2ItemErrors(const TrackCall &call, const QList<TrackV2ItemError> &errors);

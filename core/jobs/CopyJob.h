#pragma once

#include "core/jobs/NetworkJob.h"

namespace charthouse {

struct CopiedChart
{
    Reference source;
    Reference destination;
    Digest digest; // the manifest's, the same at both ends
    int blobsSent = 0; // uploaded to the destination
    int blobsReused = 0; // already there, or mounted from the source repository
};

// Copies a chart version (its manifest, byte for byte, so it keeps its digest) from one repository to another:
// in the same registry every blob is mounted from the source repository (no bytes move); across registries each
// blob the destination lacks is streamed from a download into a chunked upload (BlobPipe: at most its window in
// memory, checked against its digest and the layer size limit, as a pull). Every layer goes,
// whatever its media type: the chart, a provenance file, anything else. Only then is the manifest put under the
// destination's tag. The same repository (a new tag for a version: `chart tag`) moves no blob at all.
// A failure or cancel closes the destination's upload sessions and puts no tag.
class CopyJob : public NetworkJob
{
    Q_OBJECT
public:
    // destination: REGISTRY/REPOSITORY:TAG.
    CopyJob(Reference source, Reference destination, RegistryClient *client, QObject *parent = nullptr);
    QString title() const override;
    const std::optional<CopiedChart> &result() const { return m_result; }

protected:
    void run() override;

private:
    struct Copy;
    void copyBlobs(const std::shared_ptr<Copy> &copy);
    void copyBlob(const std::shared_ptr<Copy> &copy, const Descriptor &blob, bool tryMount);
    void streamBlob(const std::shared_ptr<Copy> &copy, const Descriptor &blob);
    void blobDone(const std::shared_ptr<Copy> &copy, const Descriptor &blob, Result<bool> sent);
    void putManifest(const std::shared_ptr<Copy> &copy);

    Reference m_source;
    Reference m_destination;
    std::optional<CopiedChart> m_result;
};

} // namespace charthouse

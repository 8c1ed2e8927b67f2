package dev.opboot.envtest;

import java.net.URI;
import java.nio.file.Path;

/**
 * Installs from the envtest releases index (see {@link ReleaseIndex}): the archive is downloaded
 * beside the store, its SHA-512 checked against the index before anything is unpacked, then
 * unpacked. The index is fetched once, on first use.
 */
public final class IndexInstaller implements Installer {
  private final URI indexUrl;
  private final HttpDownloads http;
  private final DownloadProgress progress;
  private ReleaseIndex index;

  /**
   * @param indexUrl the index ({@link ReleaseIndex#DEFAULT_URL} unless {@code --index})
   * @param progress how downloads show their progress
   */
  public IndexInstaller(URI indexUrl, HttpDownloads http, DownloadProgress progress) {
    this.indexUrl = indexUrl;
    this.http = http;
    this.progress = progress;
  }

  /**
   * The index URL {@code text} names.
   *
   * @throws EnvTestException (bad input) when it is not an http(s) URL
   */
  public static URI indexUrl(String text) throws EnvTestException {
    try {
      URI uri = new URI(text.strip());
      if (uri.getScheme() != null
          && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw EnvTestException.badInput(
        "--index '" + text + "' is not an http(s) URL; the default is " + ReleaseIndex.DEFAULT_URL);
  }

  /** The index, fetched on first use. */
  public ReleaseIndex index() throws EnvTestException, InterruptedException {
    if (index == null) {
      index =
          ReleaseIndex.parse(
              http.text(indexUrl, "the envtest releases index"), indexUrl.toString());
    }
    return index;
  }

  @Override
  public String describe() {
    return "the envtest releases index " + indexUrl;
  }

  @Override
  public KubeVersion resolve(VersionSelector selector, Platform platform)
      throws EnvTestException, InterruptedException {
    return index().select(selector, platform).version();
  }

  @Override
  public void fill(KubeVersion version, Platform platform, Path into, Scratch scratch)
      throws EnvTestException, InterruptedException {
    ReleaseIndex.Archive archive =
        index().select(VersionSelector.parse(version.toString()), platform);
    Path file = scratch.newFile("-" + archive.name());
    http.download(archive.url(), archive.name(), archive.sha512(), file, progress);
    EnvTestArchive.unpack(file, archive.name(), into, platform);
  }
}

package org.openiop.plugin.spi;

/** Factory for a video vendor's rooms and join links. */
public interface VideoProviderFactory extends PluginFactory<VideoProvider> {}

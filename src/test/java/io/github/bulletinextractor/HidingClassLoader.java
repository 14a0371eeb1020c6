package io.github.bulletinextractor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads the library's own classes itself and hides the packages and resources of optional
 * dependencies, as if they were not on the class path of a program that embeds the library.
 */
final class HidingClassLoader extends ClassLoader {
    private static final String LIBRARY = "io.github.bulletinextractor.";

    private final List<String> hiddenPackages;
    private final List<String> hiddenResources;

    /**
     * @param hiddenPackages  package prefixes, such as {@code "ai.onnxruntime."}
     * @param hiddenResources resource path prefixes, such as {@code "models/"}
     */
    HidingClassLoader(ClassLoader parent, List<String> hiddenPackages, List<String> hiddenResources) {
        super(parent);
        this.hiddenPackages = hiddenPackages;
        this.hiddenResources = hiddenResources;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            if (hiddenPackages.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith(LIBRARY)) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return isHidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isHidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private boolean isHidden(String resource) {
        return hiddenResources.stream().anyMatch(resource::startsWith)
                || hiddenPackages.stream().anyMatch(p -> resource.startsWith(p.replace('.', '/')));
    }
}

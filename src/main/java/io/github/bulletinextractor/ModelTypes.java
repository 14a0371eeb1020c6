package io.github.bulletinextractor;

import io.github.bulletinextractor.model.Bulletin;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The record types a {@link Bulletin} is made of, found from its components, so none is forgotten. */
final class ModelTypes {

    static final Set<Class<?>> RECORDS = recordsReachableFrom(Bulletin.class);

    private ModelTypes() {}

    private static Set<Class<?>> recordsReachableFrom(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> recordType && recordType.isRecord() && found.add(recordType)) {
                for (RecordComponent component : recordType.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        return Set.copyOf(found);
    }
}

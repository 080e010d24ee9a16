package app.waypoint.benchmark;

import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;
import org.springframework.context.ApplicationContext;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bytes some objects hold on their own: everything reachable from them, counted object by object, with the walk
 * stopping at what the whole application or the whole session shares (its beans, the Vaadin service, the session
 * and its registry of downloads, classes, threads, enum constants). Nothing here depends on when a collector runs, so the figure is the same from run to run.
 */
final class OwnHeap {

    private static final VirtualMachine VM_NOW = VM.current();

    private final Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Class<?>, long[]> referenceOffsets = new HashMap<>();

    OwnHeap(ApplicationContext context) {
        for (String name : context.getBeanDefinitionNames()) {
            if (context.isSingleton(name)) {
                shared.add(context.getBean(name));
            }
        }
    }

    /** The bytes of everything the roots reach that the application does not share. */
    long of(Collection<?> roots) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> next = new ArrayDeque<>(roots);
        long bytes = 0;
        while (!next.isEmpty()) {
            Object object = next.pop();
            if (!seen.add(object) || isShared(object)) {
                continue;
            }
            bytes += VM_NOW.sizeOf(object);
            if (object instanceof Object[] array) {
                for (Object element : array) {
                    if (element != null) {
                        next.push(element);
                    }
                }
            } else if (!object.getClass().isArray()) {
                for (long offset : referenceOffsets(object.getClass())) {
                    Object value = VM_NOW.getObject(object, offset);
                    if (value != null) {
                        next.push(value);
                    }
                }
            }
        }
        return bytes;
    }

    /** How {@code from} reaches {@code to} without passing what is shared: the classes and fields on the way. */
    List<String> pathTo(Object from, Object to) {
        Map<Object, Object> parent = new IdentityHashMap<>();
        Map<Object, String> via = new IdentityHashMap<>();
        Deque<Object> next = new ArrayDeque<>(List.of(from));
        parent.put(from, from);
        while (!next.isEmpty()) {
            Object object = next.removeFirst();
            if (object == to) {
                List<String> path = new ArrayList<>();
                for (Object at = to; at != from; at = parent.get(at)) {
                    path.addFirst(at.getClass().getName() + " via " + via.get(at));
                }
                return path;
            }
            if (isShared(object)) {
                continue;
            }
            if (object instanceof Object[] array) {
                for (Object element : array) {
                    if (element != null && parent.putIfAbsent(element, object) == null) {
                        via.put(element, "[]");
                        next.add(element);
                    }
                }
            } else if (!object.getClass().isArray()) {
                for (Class<?> c = object.getClass(); c != null; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                            continue;
                        }
                        Object value = VM_NOW.getObject(object, VM_NOW.fieldOffset(field));
                        if (value != null && parent.putIfAbsent(value, object) == null) {
                            via.put(value, c.getSimpleName() + "." + field.getName());
                            next.add(value);
                        }
                    }
                }
            }
        }
        return List.of();
    }

    private boolean isShared(Object object) {
        return shared.contains(object) || object instanceof Class || object instanceof ClassLoader
                || object instanceof Thread || object instanceof ThreadGroup || object instanceof Module
                || object instanceof Enum || object instanceof ApplicationContext
                || object instanceof VaadinService || object instanceof VaadinSession
                || object instanceof StreamResourceRegistry;
    }

    private long[] referenceOffsets(Class<?> type) {
        return referenceOffsets.computeIfAbsent(type, ignored -> {
            List<Long> offsets = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                        offsets.add(VM_NOW.fieldOffset(field));
                    }
                }
            }
            return offsets.stream().mapToLong(Long::longValue).toArray();
        });
    }
}

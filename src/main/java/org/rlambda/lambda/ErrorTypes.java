package org.rlambda.lambda;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes exceptions whose class name is an arbitrary error type (e.g. {@code simpleError}), because
 * the AWS Lambda Java runtime takes {@code errorType} from {@code getClass().getName()} and offers no
 * other way to set it. Each name gets one tiny subclass of {@link LambdaFunctionError}, defined once
 * (a class file of a few hundred bytes written here: a public class with one constructor calling
 * {@code super(String)}).
 */
public final class ErrorTypes {
    private static final String SUPER = LambdaFunctionError.class.getName().replace('.', '/');
    private static final Loader LOADER = new Loader(LambdaFunctionError.class.getClassLoader());
    private static final ConcurrentHashMap<String, Constructor<? extends LambdaFunctionError>> TYPES =
            new ConcurrentHashMap<>();

    private ErrorTypes() {}

    /**
     * An exception reported as {@code errorType}, with the given message and user-level stack
     * (innermost first), both bounded as {@link ResponseLimits} says.
     */
    public static LambdaFunctionError exception(String errorType, String message, List<String> trace, String source) {
        String name = className(errorType);
        trace = ResponseLimits.boundedTrace(trace);
        LambdaFunctionError e;
        try {
            e = TYPES.computeIfAbsent(name, ErrorTypes::define).newInstance(ResponseLimits.boundedMessage(message));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("cannot create error type " + name, ex);
        }
        StackTraceElement[] st = new StackTraceElement[trace.size()];
        for (int i = 0; i < st.length; i++) st[i] = new StackTraceElement("R", trace.get(i), source, -1);
        e.setStackTrace(st);
        return e;
    }

    public static LambdaFunctionError exception(FunctionFailure f, String source) {
        return exception(f.errorType(), f.getMessage(), f.trace(), source);
    }

    /**
     * A legal class name as close to the error type as possible: JVM binary names cannot contain
     * {@code / [ ;}, empty package segments, or start with {@code java.}.
     */
    static String className(String type) {
        if (type == null || type.isEmpty()) return "error";
        StringBuilder b = new StringBuilder();
        for (String seg : type.split("\\.", -1)) {
            if (b.length() > 0) b.append('.');
            String s = seg.replaceAll("[/\\[;<>]", "_");
            b.append(s.isEmpty() ? "_" : s);
        }
        String n = b.toString();
        return n.startsWith("java.") || n.equals("java") ? "_" + n : n;
    }

    private static Constructor<? extends LambdaFunctionError> define(String name) {
        Class<?> c = LOADER.define(name, classFile(name.replace('.', '/')));
        try {
            return c.asSubclass(LambdaFunctionError.class).getConstructor(String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class file (version 52) of {@code public class NAME extends LambdaFunctionError { public NAME(String m) { super(m); } }}. */
    static byte[] classFile(String internalName) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(bytes);
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(52);
            o.writeShort(10);                                   // constant pool: entries 1..9
            o.writeByte(1); o.writeUTF(internalName);           // 1 Utf8 this
            o.writeByte(7); o.writeShort(1);                    // 2 Class this
            o.writeByte(1); o.writeUTF(SUPER);                  // 3 Utf8 super
            o.writeByte(7); o.writeShort(3);                    // 4 Class super
            o.writeByte(1); o.writeUTF("<init>");               // 5
            o.writeByte(1); o.writeUTF("(Ljava/lang/String;)V");// 6
            o.writeByte(12); o.writeShort(5); o.writeShort(6);  // 7 NameAndType
            o.writeByte(10); o.writeShort(4); o.writeShort(7);  // 8 Methodref super.<init>(String)
            o.writeByte(1); o.writeUTF("Code");                 // 9
            o.writeShort(0x0021);                               // public super
            o.writeShort(2);
            o.writeShort(4);
            o.writeShort(0);                                    // interfaces
            o.writeShort(0);                                    // fields
            o.writeShort(1);                                    // methods
            o.writeShort(0x0001); o.writeShort(5); o.writeShort(6); o.writeShort(1);
            byte[] code = {0x2a, 0x2b, (byte) 0xb7, 0x00, 0x08, (byte) 0xb1}; // aload_0 aload_1 invokespecial #8 return
            o.writeShort(9);
            o.writeInt(12 + code.length);
            o.writeShort(2);                                    // max stack
            o.writeShort(2);                                    // max locals
            o.writeInt(code.length);
            o.write(code);
            o.writeShort(0);                                    // exception table
            o.writeShort(0);                                    // code attributes
            o.writeShort(0);                                    // class attributes
            o.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Loader extends ClassLoader {
        Loader(ClassLoader parent) { super(parent); }

        Class<?> define(String name, byte[] b) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : defineClass(name, b, 0, b.length);
            }
        }
    }
}
